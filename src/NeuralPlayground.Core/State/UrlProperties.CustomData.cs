using NeuralPlayground.Core.Data;

namespace NeuralPlayground.Core.State;

/// <content>
/// <c>data</c> (ours, issue 5): the Custom dataset's points in <see cref="CustomData"/>'s encoding.
/// Written only when the Custom dataset is in use with at most 500 points (a larger set stays in the
/// state, and the page keeps it in browser storage). A value that cannot be read, or whose label kind
/// is not the URL's problem type, is ignored with a warning: the generated dataset is used.
/// </content>
internal static partial class UrlProperties
{
    private static UrlProperty CustomDataProperty() => new(
        "data",
        (state, value, warnings) =>
        {
            if (!IsPresent(value))
            {
                return state;
            }

            var decoded = CustomData.TryDecode(value);
            if (!decoded.Succeeded)
            {
                warnings.Add($"data: {decoded.Error}, ignored");
                return state;
            }

            if (decoded.Problem != state.Problem)
            {
                warnings.Add($"data: the points are for {ProblemName(decoded.Problem)} but the problem is {ProblemName(state.Problem)}, ignored");
                return state;
            }

            return state with { CustomData = decoded.Points };
        },
        s => s.CustomData is { } points && points.Count <= CustomData.MaxUrlPoints ? CustomData.Encode(points, s.Problem) : null);

    private static string ProblemName(ProblemKind problem) => Problems.First(p => p.Value == problem).Name;
}
