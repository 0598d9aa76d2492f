using System.Text;
using Kinora.Studio.Accounts;
using Kinora.Studio.Feed;
using Kinora.Studio.Videos;

namespace Kinora.Studio.Web;

/// <summary>
/// /studio/feed: everyone's shared videos, newest first, one a screen; the one in view plays (muted, looping, as
/// browsers allow autoplay), the others pause. `?after=` pages on.
/// </summary>
public static class FeedPage
{
    private const int PageSize = 10;

    public static void MapFeedPage(this RouteGroupBuilder web) => web.MapGet("/feed", Feed);

    private static IResult Feed(HttpContext http, VideoStore videos, LikeStore likes, UserStore users, string? after)
    {
        var viewer = Viewer.Of(http);
        if (videos.Public(after, PageSize) is not var (page, hasMore)) return Html.NotFound(http);
        var token = viewer is null ? "" : Forms.Token(http);
        var slides = new StringBuilder();
        foreach (var v in page)
        {
            var like = viewer is null
                ? $"<a href=\"/studio/sign-in\">♥ {likes.Count(v.Id)}</a>"
                : $"""
                  <form method="post" action="/studio/videos/{v.Id}/like">{token}<input type="hidden" name="return" value="/studio/feed#{v.Id}">
                  <button class="{(likes.Likes(v.Id, viewer.UserId) ? "liked" : "")}" aria-label="Like">♥ {likes.Count(v.Id)}</button></form>
                  """;
            slides.Append($"""
                <section class="slide" id="{v.Id}">
                  <video muted loop playsinline preload="metadata" poster="/studio/videos/{v.Id}/thumbnail" src="/studio/videos/{v.Id}/video"></video>
                  <div class="overlay"><div><p><a href="/studio/videos/{v.Id}">{Html.E(v.Prompt)}</a></p>
                    <p class="muted">by {Html.E(users.Find(v.Owner)?.Name ?? "an API key")} · <a href="/studio/videos/{v.Id}#remix-prompt">remix</a></p></div>{like}</div>
                </section>
                """);
        }
        if (hasMore) slides.Append($"<section class=\"slide\"><p><a href=\"/studio/feed?after={page[^1].Id}\">More videos</a></p></section>");
        if (page.Count == 0) return Html.Page(http, "Feed", "<h1>Feed</h1><p>No shared videos yet. <a href=\"/studio/create\">Make one</a> and share it.</p>");
        return Html.Page(http, "Feed", $$"""
            <div class="reel" id="reel">{{slides}}</div>
            <script>
            // Plays the slide that is mostly in view and pauses the rest, so the feed autoplays as it scrolls.
            const seen = new IntersectionObserver(entries => {
              for (const e of entries) { const v = e.target.querySelector('video'); if (!v) continue;
                if (e.isIntersecting) v.play().catch(() => {}); else v.pause(); }
            }, { root: document.getElementById('reel'), threshold: 0.6 });
            document.querySelectorAll('.slide').forEach(s => seen.observe(s));
            </script>
            """, mainClass: "feed");
    }
}
