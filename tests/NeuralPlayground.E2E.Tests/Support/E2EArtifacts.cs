using System.Reflection;

namespace NeuralPlayground.E2E.Tests.Support;

/// <summary>Where browser tests keep what a person may want to look at afterwards: <c>artifacts/e2e/</c>.</summary>
public static class E2EArtifacts
{
    /// <summary>The folder, created on first use.</summary>
    public static string Directory { get; } = System.IO.Directory.CreateDirectory(
        typeof(E2EArtifacts).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "NeuralPlayground.E2EArtifacts").Value!).FullName;

    /// <summary>The full path of <paramref name="fileName"/> in the folder.</summary>
    /// <param name="fileName">A file name such as <c>home.png</c>.</param>
    public static string PathOf(string fileName) => Path.Combine(Directory, fileName);
}
