using Portal.Taxonomies.Terms;

namespace Portal.PublicSite.Terms;

/// <summary>A topic or life-event page: the term, one page of its published items grouped by type, and its feeds.</summary>
public sealed record TermPage(TaxonomyTerm Term, string VocabularyName, string VocabularyPath, int Total, IReadOnlyList<ListedGroup> Groups, PublicPager Pager, string RssUrl, string AtomUrl);

/// <summary>The index of a vocabulary: every term with its number of published items.</summary>
public sealed record TermIndexPage(string Vocabulary, string Title, string Intro, IReadOnlyList<TermWithCount> Terms);
