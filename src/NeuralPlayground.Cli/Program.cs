using NeuralPlayground.Cli;

using var output = new StreamWriter(Console.OpenStandardOutput()) { AutoFlush = false };
var exitCode = PlaygroundCli.Run(args, new CliContext(output, Console.Error, Console.In));
output.Flush();
return exitCode;
