using Microsoft.OpenApi;

namespace Kinora.Studio.Api;

/// <summary>
/// Documents a request body the handler reads itself. `.Accepts&lt;T&gt;()` would do it too, but it also makes routing
/// refuse other content types with a bare 415 before the key is checked; this only touches the document.
/// </summary>
public static class OpenApiBodies
{
    public static RouteHandlerBuilder DocumentsBody<T>(this RouteHandlerBuilder route, params string[] contentTypes) =>
        route.AddOpenApiOperationTransformer(async (operation, context, ct) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(T), null, ct);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = contentTypes.ToDictionary(t => t, _ => new OpenApiMediaType { Schema = schema }),
            };
        });
}
