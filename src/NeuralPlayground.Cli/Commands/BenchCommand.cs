using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Cli.Commands;

/// <summary><c>playground bench</c>: median times of an epoch, the exact grid and the fast grid.</summary>
internal static class BenchCommand
{
    /// <summary>The configurations timed, by name.</summary>
    public static IReadOnlyList<(string Name, string Hash)> Configurations { get; } =
    [
        ("default", "seed=0.12345"),
        ("max", "dataset=spiral&x=true&y=true&xSquared=true&ySquared=true&xTimesY=true&sinX=true&sinY=true&networkShape=8,8,8,8,8,8&percTrainData=90&seed=0.12345"),
    ];

    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var runs = Options.Integer("--runs", "Timed runs per measurement (default 400; grids use a quarter, at least 3).", 400, 3, 100_000);
        var command = new Command("bench", "Time one epoch (with both losses), the exact grid and the fast grid, default and max networks.")
        {
            runs,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(runs)));
        return command;
    }

    private static int Run(CliContext context, int runs)
    {
        var output = context.Output;
        output.WriteLine($"median of {runs} epochs and {Math.Max(3, runs / 4)} grids, milliseconds ({Environment.ProcessorCount} cores, .NET {Environment.Version})");
        output.WriteLine($"{"config",-8} {"links",6} {"train",6} {"epoch+losses",13} {"exact grid",11} {"fast grid",10}");
        foreach (var (name, hash) in Configurations)
        {
            var session = Session.Load(hash, () => "0.12345");
            var fast = new FastGrid();
            var epoch = Median(runs, session.Step);
            var exact = Median(Math.Max(3, runs / 4), () => DecisionGrid.Exact(session.Network, session.Inputs));
            var fastMs = Median(Math.Max(3, runs / 4), () => fast.Evaluate(session.Network, session.Inputs));
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-8} {session.Network.LinkCount,6} {session.Data.Train.Length,6} {epoch,13:F4} {exact,11:F3} {fastMs,10:F4}"));
        }

        return PlaygroundCli.Success;
    }

    private static double Median(int runs, Action action)
    {
        // Warm up until the JIT has promoted the hot loops (tiered compilation with OSR).
        var warm = Stopwatch.StartNew();
        for (var i = 0; i < runs || warm.ElapsedMilliseconds < 500; i++)
        {
            action();
        }

        var times = new double[runs];
        for (var i = 0; i < runs; i++)
        {
            var start = Stopwatch.GetTimestamp();
            action();
            times[i] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        }

        Array.Sort(times);
        return times[runs / 2];
    }
}
