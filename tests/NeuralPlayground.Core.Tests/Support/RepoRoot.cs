using NeuralPlayground.Tests.Shared;

namespace NeuralPlayground.Core.Tests.Support;

/// <summary>Locates files checked into the repository.</summary>
internal static class RepoRoot
{
    /// <summary>A path relative to the repository root.</summary>
    public static string Combine(params string[] parts) => Path.Combine([SharedFiles.RepositoryRoot, .. parts]);
}
