// Small sheets of each layout real responsibility matrices use, written for the import
// dialog's stories and tests (never copied from a real file).

/** IDs, a status and notes beside the party columns: row fields, never parties. */
export const metadataCsv = `ID,Function,Status,Notes,Internal IT,Northwind MSP
HD-1,Password resets,Active,Self-service first,I,R/A
HD-2,Printer fleet,Active,,A,R
SEC-1,Security monitoring,Planned,Through the SOC,I,R/A
`;

/** A column per letter, party names in the cells (several in one cell). */
export const transposedCsv = `Activity,Responsible,Accountable,Consulted,Informed
Patch servers,Northwind MSP,Internal IT,,Leadership
Approve firewall changes,Northwind MSP,Internal IT,"Leadership, Vendor",
Onboard new staff,Internal IT,Internal IT,Northwind MSP,
`;

/** One responsibility column of sharing words. */
export const responsibilityCsv = `Control,Description,Responsibility
Physical security,Data centre access,Provider
Identity and access,Who may sign in,Customer
Incident response,Handling breaches,Shared
`;

/** A legend above the header defines R/M/S/I/N. */
export const legendCsv = `R=Responsible, M=Must be consulted, S=Support, I=Informed, N=Does not play a role
Task,IT lead,MSP NOC,MSP vCIO
Monitoring,I,R,N
Roadmap,R,S,M
Backups,M,R,I
`;

/** Marks instead of letters, and a party column nobody fills. */
export const marksCsv = `Function,Internal IT,Northwind MSP,Vendor
Backups,,x,
Password resets,✓,x,
Laptop repairs,✓,,
`;

/** A category filled on each group's first row, a section row and a blank separator. */
export const groupingCsv = `Category,Function,Internal IT,Northwind MSP
Helpdesk,Password resets,A,R
,Printers,A,R

Security,,,
,EDR,A,R
,Phishing training,R/A,C
`;

/** A BOM, semicolons, an empty top-left cell, trailing spaces, Dutch words and mixed separators. */
export const messyCsv = `\ufeff;Interne IT ;Northwind MSP
Wachtwoorden;A;R
Back-ups;"R,A";C
Netwerk;RA;I
Beveiliging;A/R;"R
na kantooruren"
`;
