using System.CommandLine;
using NeuralPlayground.Cli.Commands;

namespace NeuralPlayground.Cli;

/// <summary>The <c>playground</c> command line: <c>trace</c>, <c>data</c> and <c>bench</c>.</summary>
internal static class PlaygroundCli
{
    /// <summary>Exit code for success.</summary>
    public const int Success = 0;

    /// <summary>Exit code for bad usage (with a one-line reason on standard error).</summary>
    public const int UsageError = 2;

    /// <summary>Builds the root command.</summary>
    public static RootCommand CreateRoot(CliContext context)
    {
        var root = new RootCommand("Neural Playground, headless: the TensorFlow Playground engine, bit for bit.");
        root.Subcommands.Add(TraceCommand.Create(context));
        root.Subcommands.Add(DataCommand.Create(context));
        root.Subcommands.Add(BenchCommand.Create(context));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; parse errors give exit code 2 and one line.</summary>
    public static int Run(string[] args, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(context);
        var parseResult = CreateRoot(context).Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            return Usage(context, parseResult.Errors[0].Message);
        }

        return parseResult.Invoke(new InvocationConfiguration { Output = context.Output, Error = context.Error });
    }

    /// <summary>Writes <c>playground: reason</c> to standard error and returns the usage exit code.</summary>
    public static int Usage(CliContext context, string reason)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Error.WriteLine("playground: " + reason.ReplaceLineEndings(" "));
        return UsageError;
    }
}
