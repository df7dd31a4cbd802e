using System.CommandLine;
using System.Globalization;

namespace NeuralPlayground.Cli.Commands;

/// <summary>Option and argument builders shared by the commands.</summary>
internal static class Options
{
    /// <summary>An integer option in [<paramref name="min"/>, <paramref name="max"/>]; anything else is a usage error.</summary>
    public static Option<int> Integer(string name, string description, int defaultValue, int min, int max) => new(name)
    {
        Description = description,
        DefaultValueFactory = _ => defaultValue,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            {
                return value;
            }

            result.AddError($"{name} must be a whole number from {min} to {max}, got '{text}'.");
            return defaultValue;
        },
    };

    /// <summary>Rejects tokens that look like options but are none of this command's (URLs never start with <c>--</c>).</summary>
    public static void RejectUnknownOptions(Argument argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
            {
                if (token.Value.StartsWith("--", StringComparison.Ordinal))
                {
                    result.AddError($"unknown option '{token.Value}'.");
                    return;
                }
            }
        });
    }
}
