using NeuralPlayground.Core.Grid;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Rendering;

/// <summary>The output heatmap's pixels, shared by the page's frame and the exported figures.</summary>
public static class OutputImage
{
    /// <summary>
    /// Fills the 100×100 RGBA output heatmap from a fast grid of <paramref name="network"/>: binary
    /// classification and regression colour the output node's grid
    /// (<see cref="HeatmapImage.Fill(ReadOnlySpan{float}, Span{byte}, bool)"/>); multi-class colours
    /// the softmax of the output grids by class (<see cref="ClassPalette.Fill"/>, one-hot when
    /// <paramref name="discretize"/>). <paramref name="softmax"/> holds the probabilities' buffers.
    /// </summary>
    public static void Fill(Network network, FastGrid grid, FastSoftmax softmax, bool discretize, Span<byte> rgba)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(softmax);
        if (network.IsSoftmax)
        {
            softmax.Evaluate(grid, network.NodeCount - network.OutputCount, network.OutputCount, discretize);
            ClassPalette.Fill(softmax.Probabilities, rgba);
        }
        else
        {
            HeatmapImage.Fill(grid.Node(network.NodeCount - 1), rgba, discretize);
        }
    }
}
