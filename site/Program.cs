return await IntegritySite.Site.Cli.SiteCli.RunAsync(args);
