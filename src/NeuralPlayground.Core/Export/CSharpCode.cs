using System.Text;
using NeuralPlayground.Core.Nn;

namespace NeuralPlayground.Core.Export;

/// <summary>Writes <see cref="CodeExport.CSharp(ModelSnapshot, string)"/>'s source text.</summary>
internal static class CSharpCode
{
    /// <summary>The source of a static class with <c>Predict(x1, x2)</c> for <paramref name="model"/>.</summary>
    public static string Emit(ModelSnapshot model, string className)
    {
        var hasHidden = model.LayerSizes.Count > 2;
        var code = new StringBuilder();
        foreach (var line in CodeExport.Describe(model))
        {
            code.Append("// ").Append(line).Append('\n');
        }

        code.Append("using System;\n\n");
        code.Append("public static class ").Append(className).Append("\n{\n");
        AppendArrays(code, model);
        AppendPredict(code, model, hasHidden);
        if (hasHidden)
        {
            code.Append("\n    // ").Append(Activations.Name(model.Activation)).Append('\n');
            code.Append("    private static double Hidden(double x) => ").Append(Expression(model.Activation)).Append(";\n");
        }

        code.Append("\n    // ").Append(ModelJson.OutputName(model)).Append(model.IsSoftmax ? ": linear logits here, then Softmax" : "").Append('\n');
        code.Append("    private static double Output(double x) => ").Append(Expression(model.OutputActivation)).Append(";\n");
        AppendHelpers(code, model, hasHidden);
        code.Append("}\n");
        return code.ToString();
    }

    private static void AppendArrays(StringBuilder code, ModelSnapshot model)
    {
        code.Append("    // Weights[l][i][j]: the link from node j of layer l to node i of layer l + 1 (layer 0: the inputs).\n");
        code.Append("    private static readonly double[][][] Weights =\n    {\n");
        foreach (var layer in model.Weights)
        {
            code.Append("        new double[][]\n        {\n");
            foreach (var row in layer)
            {
                code.Append("            ").Append(Row(row)).Append(",\n");
            }

            code.Append("        },\n");
        }

        code.Append("    };\n\n");
        code.Append("    // Biases[l][i]: the bias of node i of layer l + 1.\n");
        code.Append("    private static readonly double[][] Biases =\n    {\n");
        foreach (var layer in model.Biases)
        {
            code.Append("        ").Append(Row(layer)).Append(",\n");
        }

        code.Append("    };\n\n");
    }

    private static void AppendPredict(StringBuilder code, ModelSnapshot model, bool hasHidden)
    {
        var returns = model.IsSoftmax ? "double[]" : "double";
        code.Append("    /// <summary>").Append(model.IsSoftmax ? "The class probabilities" : "The network's output").Append(" at the point (x1, x2).</summary>\n");
        code.Append("    public static ").Append(returns).Append(" Predict(double x1, double x2)\n    {\n");
        code.Append("        double[] a = { ").Append(string.Join(", ", model.InputKeys.Select(FeatureFormulas.CSharp))).Append(model.InputKeys.Count > 0 ? " };\n" : "};\n");
        code.Append("""
                    for (var l = 0; l < Weights.Length; l++)
                    {
                        var next = new double[Biases[l].Length];
                        for (var i = 0; i < next.Length; i++)
                        {
                            var sum = Biases[l][i];
                            for (var j = 0; j < a.Length; j++)
                            {
                                sum += Weights[l][i][j] * a[j];
                            }


            """);
        code.Append("                next[i] = ").Append(hasHidden ? "l < Weights.Length - 1 ? Hidden(sum) : Output(sum);\n" : "Output(sum);\n");
        code.Append("            }\n\n            a = next;\n        }\n\n");
        code.Append(model.IsSoftmax ? "        return Softmax(a);\n    }\n" : "        return a[0];\n    }\n");
    }

    private static string Row(double[] values) =>
        values.Length == 0 ? "new double[0]" : "new double[] { " + string.Join(", ", values.Select(Literal)) + " }";

    private static string Literal(double value) => CodeExport.Literal(value, v => double.IsNaN(v) ? "double.NaN" : v > 0 ? "double.PositiveInfinity" : "double.NegativeInfinity");

    // The same operations in the same order as Activations.Output; Math's exp, log, sin and tanh for JsMath's.
    private static string Expression(ActivationKind kind) => kind switch
    {
        ActivationKind.Tanh => "Math.Tanh(x)",
        ActivationKind.Relu => "Math.Max(0.0, x)",
        ActivationKind.Sigmoid => "1.0 / (1.0 + Math.Exp(-x))",
        ActivationKind.Elu => "x > 0 ? x : Expm1(x)",
        ActivationKind.LeakyRelu => "x > 0 ? x : " + Literal(Activations.LeakySlope) + " * x",
        ActivationKind.Swish => "x * (1.0 / (1.0 + Math.Exp(-x)))",
        ActivationKind.Gelu => "0.5 * x * (1.0 + Math.Tanh(" + Literal(Activations.GeluScale) + " * (x + " + Literal(Activations.GeluCubic) + " * x * x * x)))",
        ActivationKind.Softplus => "Math.Max(x, 0.0) + Log1p(Math.Exp(-Math.Abs(x)))",
        ActivationKind.Sine => "Math.Sin(x)",
        _ => "x",
    };

    private static void AppendHelpers(StringBuilder code, ModelSnapshot model, bool hasHidden)
    {
        if (hasHidden && model.Activation == ActivationKind.Elu)
        {
            code.Append("""

                    // e^x - 1, accurate near 0 (Kahan): (u - 1) * x / ln(u) with u = e^x.
                    private static double Expm1(double x)
                    {
                        var u = Math.Exp(x);
                        return u == 1.0 ? x : u - 1.0 == -1.0 ? -1.0 : (u - 1.0) * x / Math.Log(u);
                    }

                """);
        }

        if (hasHidden && model.Activation == ActivationKind.Softplus)
        {
            code.Append("""

                    // ln(1 + u), accurate for small u (Goldberg): ln(w) * u / (w - 1) with w = 1 + u.
                    private static double Log1p(double u)
                    {
                        var w = 1.0 + u;
                        return w == 1.0 ? u : Math.Log(w) * u / (w - 1.0);
                    }

                """);
        }

        if (model.IsSoftmax)
        {
            code.Append("""

                    // exp(z - max) / sum, the maximum subtracted so that exp cannot overflow.
                    private static double[] Softmax(double[] z)
                    {
                        var max = double.NegativeInfinity;
                        foreach (var v in z)
                        {
                            max = v > max || double.IsNaN(v) ? v : max;
                        }

                        var p = new double[z.Length];
                        var sum = 0.0;
                        for (var i = 0; i < z.Length; i++)
                        {
                            p[i] = Math.Exp(z[i] - max);
                            sum += p[i];
                        }

                        for (var i = 0; i < z.Length; i++)
                        {
                            p[i] /= sum;
                        }

                        return p;
                    }

                """);
        }
    }
}
