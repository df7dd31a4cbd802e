namespace NeuralPlayground.Core.Tests.Support;

/// <summary>Locates files checked into the repository (and the shared golden data next to it).</summary>
internal static class RepoRoot
{
    private static readonly Lazy<string> Root = new(Find);

    /// <summary>The directory that contains <c>NeuralPlayground.slnx</c>.</summary>
    public static string Directory => Root.Value;

    /// <summary>A path relative to the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([Directory, .. parts]);

    private static string Find()
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
