// A terminal logger for the command-line tools: warnings on stderr, nothing else.
export const cliLog = {
  info: (m: string) => console.error(m),
  warn: (m: string) => console.error(`warning: ${m}`),
};
