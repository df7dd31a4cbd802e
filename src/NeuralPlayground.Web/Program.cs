using Microsoft.AspNetCore.Components.WebAssembly.Hosting;
using NeuralPlayground.Web.Pages;
using NeuralPlayground.Web.Session;

if (!OperatingSystem.IsBrowser())
{
    throw new PlatformNotSupportedException("Neural Playground runs in a browser.");
}

var builder = WebAssemblyHostBuilder.CreateDefault(args);
// One page: mounted directly, so start-up skips the router's scan for routes (slow in the interpreter).
builder.RootComponents.Add<Home>("#app");
builder.Services.AddSingleton<IPageHost, BrowserPageHost>();
builder.Services.AddSingleton<PlaygroundSession>();

await Task.WhenAll(PlaygroundInterop.LoadAsync(), StorageInterop.LoadAsync());
await builder.Build().RunAsync();
