using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using NeuralPlayground.Web.Components;
using NeuralPlayground.Web.Session;

if (!OperatingSystem.IsBrowser())
{
    throw new PlatformNotSupportedException("Neural Playground runs in a browser.");
}

var builder = WebAssemblyHostBuilder.CreateDefault(args);
builder.RootComponents.Add<Routes>("#app");
builder.RootComponents.Add<HeadOutlet>("head::after");
builder.Services.AddSingleton<IPageHost, BrowserPageHost>();
builder.Services.AddSingleton<PlaygroundSession>();

await PlaygroundInterop.LoadAsync();
await builder.Build().RunAsync();
