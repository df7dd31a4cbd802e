namespace NeuralPlayground.Core.State;

/// <summary>A <c>&lt;name&gt;_hide</c> flag: hides a control or removes an input feature.</summary>
/// <param name="Name">The name before <c>_hide</c> (a control id, a feature key or <c>numNodes&lt;k&gt;</c>).</param>
/// <param name="Hidden">True only when the URL value was exactly <c>true</c>.</param>
public sealed record HideFlag(string Name, bool Hidden);
