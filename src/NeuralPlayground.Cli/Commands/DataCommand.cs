using System.CommandLine;
using NeuralPlayground.Cli.Reporting;
using NeuralPlayground.Core.Data;
using NeuralPlayground.Core.Sessions;

namespace NeuralPlayground.Cli.Commands;

/// <summary><c>playground data [URL] [--data FILE] [--format csv|json]</c>: the page's points, train first, in training order.</summary>
internal static class DataCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliContext context)
    {
        var url = new Argument<string?>("url") { Description = "A playground URL or hash.", Arity = ArgumentArity.ZeroOrOne };
        Options.RejectUnknownOptions(url);
        var format = new Option<string>("--format")
        {
            Description = "csv (x,y,label,split) or json.",
            DefaultValueFactory = _ => "csv",
        };
        format.AcceptOnlyFromAmong("csv", "json");
        var data = DataFile.Create();
        var command = new Command("data", "Print the points the page generates for a URL, or splits from a file (x, y, label, split).")
        {
            url,
            format,
            data,
        };
        command.SetAction(parseResult => Run(context, parseResult.GetValue(url), parseResult.GetValue(format)!, parseResult.GetValue(data)));
        return command;
    }

    private static int Run(CliContext context, string? url, string format, string? dataPath)
    {
        if (url is null && dataPath is null)
        {
            return PlaygroundCli.Usage(context, "data needs a URL or hash, or --data FILE.");
        }

        CustomDataParseResult? data = null;
        if (dataPath is not null && (data = DataFile.Read(context, dataPath)) is null)
        {
            return PlaygroundCli.UsageError;
        }

        var session = data is null ? Session.Load(url, context.NewSeed) : Session.Load(url, context.NewSeed, data);
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

        context.Output.Write(DataCsv.Write(session.Data));
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
}
