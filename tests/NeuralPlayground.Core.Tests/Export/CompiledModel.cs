using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace NeuralPlayground.Core.Tests.Export;

/// <summary>
/// C# source from <see cref="Core.Export.CodeExport"/> compiled with Roslyn (nullable on, every
/// warning wave) and loaded into a collectible context, so a test can call its <c>Predict</c>.
/// </summary>
public sealed class CompiledModel
{
    private static readonly Lazy<MetadataReference[]> References = new(() =>
        [.. ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).Select(path => MetadataReference.CreateFromFile(path))]);

    private readonly Type _type;

    private CompiledModel(Type type) => _type = type;

    /// <summary>
    /// Compiles <paramref name="source"/>; fails the test with the diagnostics if there is any error
    /// or warning.
    /// </summary>
    public static CompiledModel Compile(string source, string className)
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, nullableContextOptions: NullableContextOptions.Enable, warningLevel: 9999);
        var compilation = CSharpCompilation.Create(
            "Exported" + Guid.NewGuid().ToString("N"), [CSharpSyntaxTree.ParseText(source)], References.Value, options);
        using var image = new MemoryStream();
        var result = compilation.Emit(image);
        var problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()).ToList();
        Assert.True(result.Success && problems.Count == 0, "The exported C# does not compile cleanly:\n" + string.Join("\n", problems) + "\n" + source);
        image.Position = 0;
        var context = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true);
        var type = context.LoadFromStream(image).GetType(className);
        Assert.NotNull(type);
        return new CompiledModel(type);
    }

    /// <summary>The generated <c>Predict(x1, x2)</c> as a list of outputs (one, or one per class).</summary>
    public Func<double, double, double[]> Predict()
    {
        var method = _type.GetMethod("Predict", BindingFlags.Public | BindingFlags.Static)!;
        if (method.ReturnType == typeof(double[]))
        {
            return method.CreateDelegate<Func<double, double, double[]>>();
        }

        var scalar = method.CreateDelegate<Func<double, double, double>>();
        return (x1, x2) => [scalar(x1, x2)];
    }

    /// <summary>The value of the private static field <paramref name="name"/>.</summary>
    public T Field<T>(string name) => (T)_type.GetField(name, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
}
