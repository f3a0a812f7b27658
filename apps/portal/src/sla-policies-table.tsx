import type { PsaSlaPolicy } from './api/schemas';

function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = minutes / 60;
  return Number.isInteger(hours) ? `${hours} h` : `${hours.toFixed(1)} h`;
}

/** Response and resolution targets per priority. */
export function SlaPoliciesTable({ policies }: { policies: readonly PsaSlaPolicy[] }) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Priority</th>
          <th scope="col">Response</th>
          <th scope="col">Resolution</th>
          <th scope="col">Measured on</th>
        </tr>
      </thead>
      <tbody>
        {policies.map((policy) => (
          <tr key={policy.id}>
            <th scope="row">{policy.priority}</th>
            <td>{duration(policy.responseMinutes)}</td>
            <td>{duration(policy.resolutionMinutes)}</td>
            <td>{policy.calendar === '24x7' ? '24/7' : 'Business hours'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
