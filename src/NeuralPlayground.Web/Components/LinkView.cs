using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace NeuralPlayground.Web.Components;

/// <summary>A link's hover target that lives as long as the network: key, path and hover handler.</summary>
/// <param name="Id">The link id, e.g. <c>x-1</c>.</param>
/// <param name="Path">The SVG path of the link.</param>
/// <param name="Enter">Shows the link's hover card.</param>
public sealed record LinkView(string Id, string Path, EventCallback<MouseEventArgs> Enter);
