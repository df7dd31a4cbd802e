using System.Globalization;
using NeuralPlayground.Host;

// The port comes from --port N, else the PORT variable, else 5080; 0 picks a free port.
var settings = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args).Build();
var portText = settings["port"];
var port = PlaygroundServerOptions.DefaultPort;
if ((portText is not null && !int.TryParse(portText, NumberStyles.None, CultureInfo.InvariantCulture, out port)) || port > ushort.MaxValue)
{
    await Console.Error.WriteLineAsync($"Bad port '{portText}': give a number from 0 to 65535.").ConfigureAwait(false);
    return 2;
}

await using var server = await PlaygroundServer.StartAsync(new PlaygroundServerOptions { Port = port }).ConfigureAwait(false);
Console.WriteLine($"Neural Playground: {server.Address}");
await server.WaitForShutdownAsync().ConfigureAwait(false);
return 0;
