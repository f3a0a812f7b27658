import { runTandem } from './program';

// The `tandem` binary. The exit code is set, not forced, so stdout and stderr drain first.

// A reader that stops early (`tandem sla … | head`) closes the pipe: that ends the run quietly,
// as it does for other Unix tools, rather than with a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

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
