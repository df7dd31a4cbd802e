using System.Diagnostics;
using System.Globalization;

namespace NeuralPlayground.Core.Tests.Export;

/// <summary>
/// A Python 3 with NumPy to run the exported NumPy code: <c>NP_PYTHON</c> if set, else the first of
/// <c>python3</c> on the PATH and Debian's <c>/usr/bin/python3</c> that imports numpy
/// (<c>apt-get install -y python3-numpy</c>, which <c>.ci/run</c> does).
/// </summary>
public static class NumPy
{
    private static readonly Lazy<string?> Found = new(Find);

    /// <summary>The interpreter, or null when none imports numpy.</summary>
    public static string? Python => Found.Value;

    /// <summary>True under CI (<c>CI=true</c>), where a missing NumPy fails the tests instead of skipping them.</summary>
    public static bool IsRequired =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>What to do about a missing NumPy.</summary>
    public static string MissingMessage =>
        "*** NUMPY TESTS NOT RUN: no python3 that imports numpy. Install it (apt-get install -y python3-numpy) " +
        "or point NP_PYTHON at one. With CI=true these tests fail instead of skipping. ***";

    /// <summary>Runs <paramref name="script"/> with <paramref name="arguments"/>; returns standard output, failing the test on a non-zero exit.</summary>
    public static string Run(string script, params string[] arguments)
    {
        Assert.True(Python is not null, MissingMessage);
        var start = new ProcessStartInfo(Python) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{Python} {script} exited with {process.ExitCode}:\n{stderr.Result}");
        return stdout;
    }

    /// <summary>A float printed by Python's <c>repr</c>: shortest round-trip digits, <c>nan</c>, <c>inf</c>, <c>-inf</c>.</summary>
    public static double ParseFloat(string text) => text switch
    {
        "nan" => double.NaN,
        "inf" => double.PositiveInfinity,
        "-inf" => double.NegativeInfinity,
        _ => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    private static string? Find()
    {
        var candidates = Environment.GetEnvironmentVariable("NP_PYTHON") is { Length: > 0 } configured ? [configured] : new[] { "python3", "/usr/bin/python3" };
        return candidates.FirstOrDefault(ImportsNumPy);
    }

    private static bool ImportsNumPy(string python)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(python, ["-c", "import numpy"]) { RedirectStandardError = true, RedirectStandardOutput = true });
            if (process is null)
            {
                return false;
            }

            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
