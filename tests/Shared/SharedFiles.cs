namespace NeuralPlayground.Tests.Shared;

/// <summary>
/// Where the tests find the repository and the reference data captured from the original:
/// <c>../shared/golden</c> beside the repository, or <c>NP_GOLDEN_DIR</c>. Linked into every test project.
/// </summary>
internal static class SharedFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The directory that contains <c>NeuralPlayground.slnx</c>.</summary>
    public static string RepositoryRoot => Root.Value;

    /// <summary>The golden-data directory.</summary>
    public static string GoldenDirectory =>
        Environment.GetEnvironmentVariable("NP_GOLDEN_DIR") is { Length: > 0 } fromEnv
            ? fromEnv
            : Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "golden"));

    /// <summary>The path of golden file <paramref name="name"/>, e.g. <c>urls.json</c>.</summary>
    public static string Golden(string name) => Path.Combine(GoldenDirectory, name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "NeuralPlayground.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("NeuralPlayground.slnx not found above " + AppContext.BaseDirectory);
    }
}
