namespace NeuralPlayground.E2E.Tests.Support;

/// <summary>The browser tests: they share one <see cref="PlaygroundAppFixture"/> and run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class PlaygroundAppCollection : ICollectionFixture<PlaygroundAppFixture>
{
    /// <summary>The collection's name, for <see cref="CollectionAttribute"/>.</summary>
    public const string Name = "Playground app";
}
