// integritysite-local: build, check, new, and `serve` with the complaint channel working on a local store.
return await IntegritySite.Site.Cli.SiteCli.RunAsync(args, new IntegritySite.LocalSite.IntakeModuleProvider());
