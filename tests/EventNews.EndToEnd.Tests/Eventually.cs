namespace EventNews.EndToEnd.Tests;

/// <summary>Polls a condition of an asynchronous system until it holds or the time is up.</summary>
public static class Eventually
{
    public static async Task Until(Func<Task<bool>> condition, TimeSpan timeout, Func<string> describe)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (await condition())
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"after {timeout.TotalSeconds:0} s: {describe()}");
            }

            await Task.Delay(200);
        }
    }

    public static Task Until(Func<bool> condition, TimeSpan timeout, Func<string> describe) =>
        Until(() => Task.FromResult(condition()), timeout, describe);
}
