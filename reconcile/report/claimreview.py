"""Report -> schema.org ClaimReview objects (JSON-LD), one per claim several sources make,
so a fact-checking site can start a review draft from each.

Follows schema.org's ClaimReview and Google's Fact Check markup: `claimReviewed`, an
`itemReviewed` Claim with an `appearance` for each source and its `firstAppearance`,
a `reviewRating` whose `alternateName` is the verdict, the reviewing `author`, and
`datePublished`. The review itself is the newsroom's to write: the draft carries the
evidence, not a judgement of truth.
"""
import json

# The verdicts in words a reader of a fact check understands.
RATING_NAMES = {"agree": "Sources agree", "contradict": "Sources contradict each other",
                "variant": "Quoted differently by the sources", "single-source": "Single source"}


def claim_reviews(report, *, publisher, date_published):
    """A list of ClaimReview dicts, one per group of more than one document."""
    claims = {c.id: c for c in report.claims}
    docs = {d.id: d for d in report.documents}
    reviews = []
    for group in report.groups:
        if len(group.documents) < 2:
            continue
        works = [_work(docs[d]) for d in group.documents if d in docs]
        dated = sorted((docs[d].published, d) for d in group.documents if d in docs and docs[d].published)
        first = _work(docs[dated[0][1]]) if dated else works[0]
        claim = {"@type": "Claim", "name": group.title, "appearance": works, "firstAppearance": first}
        if dated:
            claim["datePublished"] = dated[0][0]
        speakers = sorted({claims[i].speaker for i in group.claims if claims[i].speaker})
        if group.kind == "quote" and len(speakers) == 1:
            claim["author"] = {"@type": "Person", "name": speakers[0]}
        reviews.append({
            "@context": "https://schema.org", "@type": "ClaimReview", "identifier": group.id,
            "claimReviewed": group.title, "itemReviewed": claim,
            "reviewRating": {"@type": "Rating", "alternateName": RATING_NAMES[group.verdict],
                             "ratingExplanation": "; ".join(group.differences) or group.reason or None},
            "author": {"@type": "Organization", "name": publisher},
            "datePublished": date_published,
            "reviewBody": f"{len(group.documents)} sources, independent origins: {', '.join(group.origins)}.",
        })
        if reviews[-1]["reviewRating"]["ratingExplanation"] is None:
            del reviews[-1]["reviewRating"]["ratingExplanation"]
    return reviews


def render_claimreview(report, *, publisher, date_published):
    """claimreview.jsonld: a JSON-LD array of ClaimReview objects."""
    return json.dumps(claim_reviews(report, publisher=publisher, date_published=date_published),
                      sort_keys=True, indent=2, ensure_ascii=False) + "\n"


def _work(document):
    """The CreativeWork a claim appears in: the article, by its URL where known."""
    work = {"@type": "CreativeWork", "name": document.title or document.id}
    if document.url:
        work["url"] = document.url
    if document.publisher:
        work["publisher"] = {"@type": "Organization", "name": document.publisher}
    if document.published:
        work["datePublished"] = document.published
    return work
