using System.Globalization;
using NeuralPlayground.Core.Export;
using NeuralPlayground.Core.Tests.Support;
using Xunit.Abstractions;

namespace NeuralPlayground.Core.Tests.Export;

public sealed class NumPyCodeTests(ITestOutputHelper output)
{
    // Runs predict on all points at once (1-D arrays), on the 20 × 20 grid as 2-D arrays (same
    // numbers, the grid's shape), and point by point on Python floats; prints "vector | scalar" rows.
    private const string Driver = """
        import sys
        import numpy as np
        sys.path.insert(0, sys.argv[1])
        import model
        pts = np.array([[float(v) for v in line.split()] for line in open(sys.argv[2])])
        x1, x2 = pts[:, 0], pts[:, 1]
        vec = np.asarray(model.predict(x1, x2))
        assert vec.shape[0] == len(pts), vec.shape
        vec = vec.reshape(len(pts), -1)
        grid = np.asarray(model.predict(x1[:400].reshape(20, 20), x2[:400].reshape(20, 20)))
        assert grid.shape[:2] == (20, 20), grid.shape
        assert np.array_equal(grid.reshape(400, -1), vec[:400], equal_nan=True)
        for row, (a, b) in zip(vec, pts):
            s = model.predict(float(a), float(b))
            assert isinstance(s, float) if vec.shape[1] == 1 else np.shape(s) == (vec.shape[1],), s
            print(" ".join(repr(float(v)) for v in row), "|", " ".join(repr(float(v)) for v in np.ravel(s)))
        """;

    private const string WeightsDriver = """
        import sys
        sys.path.insert(0, sys.argv[1])
        import model
        print(" ".join(repr(float(w)) for layer in model.WEIGHTS for row in layer for w in row))
        print(" ".join(repr(float(b)) for layer in model.BIASES for b in layer))
        """;

    public static TheoryData<string> Names() => ExportCases.Names();

    [NumPyTheory]
    [MemberData(nameof(Names))]
    public void Predict_AgreesWithForwardTo1e12_OnArraysAndScalars(string name)
    {
        var model = ExportCases.Model(name);
        var network = model.ToNetwork();
        var points = ExportCases.Points();

        var rows = RunDriver(CodeExport.NumPy(model), Driver, points).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(points.Count, rows.Length);
        double worst = 0;
        for (var p = 0; p < points.Count; p++)
        {
            var (x, y) = points[p];
            var expected = ExportCases.Reference(network, x, y);
            var halves = rows[p].Split('|');
            foreach (var (half, kind) in new[] { (halves[0], "array"), (halves[1], "scalar") })
            {
                var actual = Floats(half);
                Assert.Equal(expected.Length, actual.Length);
                for (var i = 0; i < expected.Length; i++)
                {
                    var disagreement = ExportCases.Disagreement(expected[i], actual[i]);
                    Assert.True(disagreement <= ExportCases.Tolerance, $"{name} {kind} output {i} at ({x:R}, {y:R}): engine {expected[i]:R}, NumPy {actual[i]:R}");
                    worst = Math.Max(worst, disagreement);
                }
            }
        }

        output.WriteLine($"{name}: max disagreement {worst:E3}");
    }

    [NumPyTheory]
    [MemberData(nameof(Names))]
    public void Weights_AreTheModelsBitForBit_InThePythonModule(string name)
    {
        var model = ExportCases.Model(name);

        var lines = RunDriver(CodeExport.NumPy(model), WeightsDriver, []).Split('\n');

        BitAssert.Equal([.. model.Weights.SelectMany(l => l.SelectMany(r => r))], Floats(lines[0]), "weights");
        BitAssert.Equal([.. model.Biases.SelectMany(b => b)], Floats(lines[1]), "biases");
    }

    private static double[] Floats(string text) => [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(NumPy.ParseFloat)];

    private static string RunDriver(string module, string driver, IReadOnlyList<(double X, double Y)> points)
    {
        var folder = Directory.CreateTempSubdirectory("np-export-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "model.py"), module);
            File.WriteAllText(Path.Combine(folder.FullName, "driver.py"), driver);
            var pointsFile = Path.Combine(folder.FullName, "points.txt");
            File.WriteAllLines(pointsFile, points.Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:R} {p.Y:R}")));
            return NumPy.Run(Path.Combine(folder.FullName, "driver.py"), folder.FullName, pointsFile);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
