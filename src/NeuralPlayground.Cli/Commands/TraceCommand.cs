using System.CommandLine;
using NeuralPlayground.Cli.Reporting;
using NeuralPlayground.Core.Data;

namespace NeuralPlayground.Cli.Commands;

/// <summary><c>playground trace [URL-or-hash …] [--epochs N] [--data FILE]</c>: one JSON line per input.</summary>
internal static class TraceCommand
{
    /// <summary>Most epochs one trace may ask for.</summary>
    public const int MaxEpochs = 1_000_000;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var inputs = new Argument<string[]>("inputs")
        {
            Description = "Playground URLs or hashes; - reads one per line from standard input.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        Options.RejectUnknownOptions(inputs);
        var epochs = Options.Integer("--epochs", "Epochs to train after loading (default 50).", 50, 0, MaxEpochs);
        var data = DataFile.Create();
        var command = new Command("trace", "Load each URL as the page does, train N epochs, print weights and losses as JSON lines.")
        {
            inputs,
            epochs,
            data,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(inputs) ?? [], parseResult.GetValue(epochs), parseResult.GetValue(data)));
        return command;
    }

    private static int Run(CliContext context, string[] inputs, int epochs, string? dataPath)
    {
        if (inputs.Length == 0 && dataPath is null)
        {
            return PlaygroundCli.Usage(context, "trace needs at least one URL or hash, or - to read them from standard input.");
        }

        CustomDataParseResult? data = null;
        if (dataPath is not null && (data = DataFile.Read(context, dataPath)) is null)
        {
            return PlaygroundCli.UsageError;
        }

        // With --data alone, the points train the default network.
        inputs = inputs.Length == 0 ? [string.Empty] : inputs;

        foreach (var input in inputs)
        {
            if (input == "-")
            {
                while (context.Input.ReadLine() is { } line)
                {
                    if (!string.IsNullOrWhiteSpace(line))
                    {
                        context.Output.WriteLine(TraceReport.Run(line.Trim(), epochs, context.NewSeed, data));
                    }
                }
            }
            else
            {
                context.Output.WriteLine(TraceReport.Run(input, epochs, context.NewSeed, data));
            }
        }

        return PlaygroundCli.Success;
    }
}
