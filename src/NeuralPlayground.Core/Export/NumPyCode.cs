using System.Text;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Export;

/// <summary>Writes <see cref="CodeExport.NumPy(ModelSnapshot)"/>'s source text.</summary>
internal static class NumPyCode
{
    /// <summary>The source of a Python module with a vectorized <c>predict(x1, x2)</c> for <paramref name="model"/>.</summary>
    public static string Emit(ModelSnapshot model)
    {
        var code = new StringBuilder();
        foreach (var line in CodeExport.Describe(model))
        {
            code.Append("# ").Append(line).Append('\n');
        }

        code.Append("import numpy as np\n\n");
        AppendArrays(code, model);
        code.Append("def _hidden(x):\n    # ").Append(Activations.Name(model.Activation)).Append('\n');
        code.Append("    return ").Append(Expression(model.Activation)).Append("\n\n\n");
        code.Append("def _output(x):\n    # ").Append(ModelJson.OutputName(model)).Append(model.IsSoftmax ? ": linear logits here, then _softmax" : "").Append('\n');
        code.Append("    return ").Append(Expression(model.OutputActivation)).Append("\n\n\n");
        if (model.IsSoftmax)
        {
            code.Append("""
                def _softmax(z):
                    # exp(z - max) / sum, the maximum subtracted so that exp cannot overflow.
                    m = z[0]
                    for v in z[1:]:
                        m = np.maximum(m, v)
                    e = [np.exp(v - m) for v in z]
                    s = e[0]
                    for v in e[1:]:
                        s = s + v
                    return [v / s for v in e]



                """);
        }

        AppendPredict(code, model);
        return code.ToString();
    }

    private static void AppendArrays(StringBuilder code, ModelSnapshot model)
    {
        code.Append("# WEIGHTS[l][i][j]: the link from node j of layer l to node i of layer l + 1 (layer 0: the inputs).\n");
        code.Append("WEIGHTS = [\n");
        foreach (var layer in model.Weights)
        {
            code.Append("    [\n");
            foreach (var row in layer)
            {
                code.Append("        ").Append(Row(row)).Append(",\n");
            }

            code.Append("    ],\n");
        }

        code.Append("]\n\n");
        code.Append("# BIASES[l][i]: the bias of node i of layer l + 1.\n");
        code.Append("BIASES = [\n");
        foreach (var layer in model.Biases)
        {
            code.Append("    ").Append(Row(layer)).Append(",\n");
        }

        code.Append("]\n\n\n");
    }

    private static void AppendPredict(StringBuilder code, ModelSnapshot model)
    {
        code.Append("def predict(x1, x2):\n");
        code.Append(model.IsSoftmax
            ? "    \"\"\"The class probabilities at (x1, x2): k values for scalars, else an array of the broadcast shape plus a last axis of k.\"\"\"\n"
            : "    \"\"\"The network's output at (x1, x2): a float for scalars, else an array of the broadcast shape.\"\"\"\n");
        code.Append("""
                x1 = np.asarray(x1, dtype=np.float64)
                x2 = np.asarray(x2, dtype=np.float64)
                shape = np.broadcast(x1, x2).shape

            """);
        code.Append("    a = [").Append(string.Join(", ", model.InputKeys.Select(FeatureFormulas.NumPy))).Append("]\n");
        code.Append("""
                with np.errstate(over="ignore"):
                    for l, (weights, biases) in enumerate(zip(WEIGHTS, BIASES)):
                        f = _hidden if l < len(WEIGHTS) - 1 else _output
                        nxt = []
                        for row, b in zip(weights, biases):
                            s = np.float64(b)
                            for w, v in zip(row, a):
                                s = s + w * v
                            nxt.append(f(s))
                        a = nxt

            """);
        code.Append(model.IsSoftmax
            ? """
                    p = _softmax(a)
                return np.stack([np.broadcast_to(v, shape) for v in p], axis=-1)

            """
            : """
                y = np.array(np.broadcast_to(a[0], shape))
                return float(y) if shape == () else y

            """);
    }

    private static string Row(double[] values) => "[" + string.Join(", ", values.Select(Literal)) + "]";

    private static string Literal(double value) => CodeExport.Literal(value, v => double.IsNaN(v) ? "np.nan" : v > 0 ? "np.inf" : "-np.inf");

    // The same operations in the same order as Activations.Output; NumPy's exp, log1p, sin and tanh for JsMath's.
    private static string Expression(ActivationKind kind) => kind switch
    {
        ActivationKind.Tanh => "np.tanh(x)",
        ActivationKind.Relu => "np.maximum(0.0, x)",
        ActivationKind.Sigmoid => "1.0 / (1.0 + np.exp(-x))",
        ActivationKind.Elu => "np.where(x > 0, x, np.expm1(np.minimum(x, 0.0)))",
        ActivationKind.LeakyRelu => "np.where(x > 0, x, " + Literal(Activations.LeakySlope) + " * x)",
        ActivationKind.Swish => "x * (1.0 / (1.0 + np.exp(-x)))",
        ActivationKind.Gelu => "0.5 * x * (1.0 + np.tanh(" + Literal(Activations.GeluScale) + " * (x + " + Literal(Activations.GeluCubic) + " * x * x * x)))",
        ActivationKind.Softplus => "np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))",
        ActivationKind.Sine => "np.sin(x)",
        _ => "x",
    };
}
