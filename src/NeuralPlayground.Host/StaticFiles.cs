using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace NeuralPlayground.Host;

/// <summary>The request pipeline for the published app's static files.</summary>
internal static class StaticFiles
{
    private const string BrotliSuffix = ".br";

    private static readonly FileExtensionContentTypeProvider ContentTypes = CreateContentTypes();

    /// <summary>
    /// Default files, brotli twins (optional), static files, then <c>index.html</c> for every other
    /// path. Routing comes after the files, so <c>/</c> is served as a file (with its brotli twin).
    /// </summary>
    public static void Use(WebApplication app, bool servePrecompressed)
    {
        app.UseDefaultFiles();
        if (servePrecompressed)
        {
            var files = app.Environment.WebRootFileProvider;
            app.Use((context, next) => ServeBrotliTwin(context, next, files));
        }

        app.UseStaticFiles(new StaticFileOptions
        {
            ContentTypeProvider = ContentTypes,
            OnPrepareResponse = RestoreContentType,
        });
        app.UseRouting();
        app.MapFallbackToFile("index.html");
    }

    private static FileExtensionContentTypeProvider CreateContentTypes()
    {
        var provider = new FileExtensionContentTypeProvider();
        provider.Mappings[".wasm"] = "application/wasm";
        provider.Mappings[".dat"] = "application/octet-stream";
        provider.Mappings[".blat"] = "application/octet-stream";
        provider.Mappings[".dll"] = "application/octet-stream";
        provider.Mappings[".pdb"] = "application/octet-stream";
        provider.Mappings[".webcil"] = "application/octet-stream";
        provider.Mappings[".br"] = "application/x-brotli";
        provider.Mappings[".gz"] = "application/gzip";
        return provider;
    }

    // Rewrites a request for name to name.br when the browser accepts brotli and the twin exists.
    private static Task ServeBrotliTwin(HttpContext context, RequestDelegate next, IFileProvider files)
    {
        var path = context.Request.Path;
        if (path.HasValue && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            if (AcceptsBrotli(context.Request) && files.GetFileInfo(path.Value + BrotliSuffix).Exists)
            {
                context.Request.Path = new PathString(path.Value + BrotliSuffix);
                context.Response.Headers.ContentEncoding = "br";
            }

            context.Response.Headers.Vary = HeaderNames.AcceptEncoding;
        }

        return next(context);
    }

    private static bool AcceptsBrotli(HttpRequest request) =>
        request.GetTypedHeaders().AcceptEncoding.Any(e => e.Value == "br" && e.Quality != 0);

    // A brotli twin is sent with its original file's content type.
    private static void RestoreContentType(StaticFileResponseContext context)
    {
        var response = context.Context.Response;
        if (response.Headers.ContentEncoding == "br" && ContentTypes.TryGetContentType(context.File.Name[..^BrotliSuffix.Length], out var type))
        {
            response.ContentType = type;
        }
    }
}
