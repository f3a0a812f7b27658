import { runTandem } from './program';

// The `tandem` binary. The exit code is set, not forced, so stdout and stderr drain first.
runTandem(process.argv).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('tandem: unexpected failure; please report it with the command you ran.');
    console.error(error);
    process.exitCode = 1;
  },
);
