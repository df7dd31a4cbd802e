using Microsoft.AspNetCore.Components;

namespace NeuralPlayground.Web.Components;

/// <summary>
/// "Use it in classroom" (spec §11.12): one checkbox per hideable control, ticked while the
/// control is visible. Unticking sets <c>&lt;name&gt;_hide=true</c> through the session, and the
/// section shows the resulting link (this page's address with the serialized hash) both as an
/// anchor and as text.
/// </summary>
public sealed partial class ClassroomSection
{
    /// <summary>The original's hideable controls in its order, then ours (issue 4): label, then the <c>_hide</c> name.</summary>
    private static readonly (string Label, string Name)[] Controls =
    [
        ("Show test data", "showTestData"),
        ("Discretize output", "discretize"),
        ("Play button", "playButton"),
        ("Step button", "stepButton"),
        ("Reset button", "resetButton"),
        ("Learning rate", "learningRate"),
        ("Activation", "activation"),
        ("Regularization", "regularization"),
        ("Regularization rate", "regularizationRate"),
        ("Problem type", "problem"),
        ("Which dataset", "dataset"),
        ("Ratio train data", "percTrainData"),
        ("Noise level", "noise"),
        ("Batch size", "batchSize"),
        ("# of hidden layers", "numHiddenLayers"),
        ("Optimizer", "optimizer"),
        ("Dropout", "dropout"),
        ("Epochs per frame", "epochsPerFrame"),
        ("Multi-class dataset", "mcDataset"),
        ("Classes", "classes"),
    ];

    [Inject]
    private NavigationManager Navigation { get; set; } = default!;

    // The page's address without its hash, then the current state's hash.
    private string Link
    {
        get
        {
            var uri = Navigation.Uri;
            var hash = uri.IndexOf('#', StringComparison.Ordinal);
            return (hash < 0 ? uri : uri[..hash]) + "#" + Playground.Model.Serialize();
        }
    }

    private void OnToggle(string name, ChangeEventArgs e) => Playground.SetHidden(name, e.Value is not true);
}
