using System.CommandLine;
using NeuralPlayground.Cli.Reporting;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Numerics;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Cli.Commands;

/// <summary><c>playground data URL [--format csv|json]</c>: the page's points, train first, in training order.</summary>
internal static class DataCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var url = new Argument<string>("url") { Description = "A playground URL or hash." };
        Options.RejectUnknownOptions(url);
        var format = new Option<string>("--format")
        {
            Description = "csv (x,y,label,split) or json.",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var command = new Command("data", "Print the points the page generates for a URL (x, y, label, split).")
        {
            url,
            format,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(url)!, parseResult.GetValue(format)!));
        return command;
    }

    private static int Run(CliContext context, string url, string format)
    {
        var session = Session.Load(url, context.NewSeed);
        foreach (var warning in session.Warnings)
        {
            context.Error.WriteLine("warning: " + warning);
        }

        var rows = session.Data.Train.Select(p => (Point: p, Split: "train"))
            .Concat(session.Data.Test.Select(p => (Point: p, Split: "test")));
        if (format == "json")
        {
            context.Output.WriteLine(Json.ToLine(w =>
            {
                w.WriteStartArray();
                foreach (var (p, split) in rows)
                {
                    WriteJsonPoint(w, p, split);
                }

                w.WriteEndArray();
            }));
            return PlaygroundCli.Success;
        }

        context.Output.WriteLine("x,y,label,split");
        foreach (var (p, split) in rows)
        {
            context.Output.WriteLine($"{Format(p.X)},{Format(p.Y)},{Format(p.Label)},{split}");
        }

        return PlaygroundCli.Success;
    }

    private static void WriteJsonPoint(System.Text.Json.Utf8JsonWriter w, Example2D p, string split)
    {
        w.WriteStartObject();
        w.WritePropertyName("x");
        Json.Number(w, p.X);
        w.WritePropertyName("y");
        Json.Number(w, p.Y);
        w.WritePropertyName("label");
        Json.Number(w, p.Label);
        w.WriteString("split", split);
        w.WriteEndObject();
    }

    private static string Format(double value) =>
        value == 0 && double.IsNegative(value) ? "-0" : JsNumber.ToString(value);
}
