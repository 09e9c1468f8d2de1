"""Documents or files -> sections and claims, a document at a time in worker processes.

A worker reads the file (when given a path), looks the document up in the
claim cache, splits it into sections and extracts its claims. When the caller
does not need the text back, only the document's metadata returns to the
parent, so a corpus's text is never held in memory all at once: memory grows
with the claims, not with the size of the text. On an engine with a partitions
folder (the Dask engine), a task extracts a batch of documents and writes their
sections and claims as a Parquet partition there, which the parent reads back.
"""
import time

import attrs

from .cache import ClaimCache
from .corpus import read_document, unique_ids
from .extract import claims_in_document
from .lineage import trace_sections
from .model import Skipped
from .parallel import guarded, as_engine, map_documents
from .sections import split_sections

STAGES = ("sections (cpu)", "claims (cpu)", "lineage (cpu)")


def extract_claims(documents, *, language=None, jobs=1, cache=None, progress=False, timings=None):
    """(sections, claims, failures) of `documents`, in document order.

    `language` forces one language for every document; `jobs` > 1 extracts in
    that many processes with the same result as one (0: all cores); `cache`, a
    folder, keeps results so unchanged documents are not extracted again;
    `progress` shows a progress bar on a terminal for runs of a few seconds.
    A document whose extraction fails is reported in `failures`, never dropped.
    When `timings` is a dict, the processor seconds spent finding sections and
    claims (summed over the processes) are added to it.
    """
    found, skipped = _run(documents, language, jobs, cache, progress, timings, keep_text=True)
    return [s for _, ss, _, _ in found for s in ss], [c for _, _, cs, _ in found for c in cs], skipped


def extract_files(entries, *, language=None, jobs=1, cache=None, progress=False, timings=None, keep_text=True,
                  traces=None):
    """(documents, sections, claims, skipped) of the files `entries` ((path, metadata)
    pairs from corpus.list_corpus, sorted by path), each read in the worker that
    extracts it.

    Files that cannot be read or extracted are in `skipped` with the reason. Without
    `keep_text` the documents come back with their metadata only. When `traces` is a
    dict, each document's lineage Trace (lineage.trace_sections), made by the worker
    while it held the text, is added to it by document id, for lineage.trace_lineage.
    Other arguments as for extract_claims.
    """
    found, skipped = _run(entries, language, jobs, cache, progress, timings, keep_text)
    found.sort(key=lambda f: f[0].path)
    documents = unique_ids([document for document, _, _, _ in found])
    sections, claims = [], []
    for document, (before, found_sections, found_claims, trace) in zip(documents, found):
        if document.id != before.id:  # two files of one name in different folders
            found_sections = [attrs.evolve(s, doc=document.id) for s in found_sections]
            found_claims = [attrs.evolve(c, doc=document.id, id=document.id + c.id[len(before.id):])
                            for c in found_claims]
        sections.extend(found_sections)
        claims.extend(found_claims)
        if traces is not None and trace is not None:
            traces[document.id] = trace if trace.doc == document.id else attrs.evolve(trace, doc=document.id)
    return documents, sections, claims, skipped


def _run(items, language, jobs, cache, progress, timings, keep_text):
    """([(document, sections, claims, trace)] in the order of `items`, [Skipped])."""
    engine = as_engine(jobs)
    if engine.partitions:
        results = _partitioned(engine, items, language, cache, keep_text)
    else:
        results = map_documents(_extract_one, items, language, cache, keep_text, jobs=jobs, progress=progress)
    found, skipped = [], []
    for item, result in zip(items, results):
        if isinstance(result, str):
            skipped.append(Skipped(item[0] if isinstance(item, tuple) else item.path, f"extraction failed: {result}"))
            continue
        document, sections, claims, seconds, trace = result
        if isinstance(document, Skipped):
            skipped.append(document)
            continue
        found.append((item if document is None else document, sections, claims, trace))
        if timings is not None:
            for stage, spent in zip(STAGES, seconds):
                timings[stage] = timings.get(stage, 0.0) + spent
    return found, skipped


def _partitioned(engine, items, language, cache, keep_text):
    """_extract_one's results for `items`, extracted in batches on an engine whose workers
    write each batch's sections and claims to a Parquet partition in `engine.partitions`
    rather than send them back; read back here, a partition at a time."""
    from .partitions import read_partition  # pyarrow: only engines that write partitions need it
    batches = engine.batches(items)
    # A task per batch; the results come as they are done, and each partition is read meanwhile.
    written = engine.each(_extract_partition, list(enumerate(batches)), language, cache, keep_text,
                          engine.partitions)
    results = []
    for batch, outcome in zip(batches, written):
        if isinstance(outcome, str):  # the partition could not be written: the batch is lost, and said so
            results.extend([outcome] * len(batch))
            continue
        name, found = outcome
        sections, claims = read_partition(engine.partitions, name)
        at_section = at_claim = 0
        for result in found:
            if isinstance(result, str):
                results.append(result)
                continue
            document, section_count, claim_count, seconds, trace = result
            results.append((document, sections[at_section:at_section + section_count],
                            claims[at_claim:at_claim + claim_count], seconds, trace))
            at_section, at_claim = at_section + section_count, at_claim + claim_count
    return results


def _extract_partition(work, language, cache, keep_text, folder):
    """A worker's task: extract the batch of `work` (its number and items), write the sections
    and claims as partition `number` under `folder`; returns the partition's name and, per
    item, _extract_one's result with counts in place of the sections and claims."""
    from .partitions import write_partition
    number, batch = work
    outcomes, sections, claims = [], [], []
    for item in batch:
        result = guarded(_extract_one, item, language, cache, keep_text)
        if isinstance(result, str):
            outcomes.append(result)
            continue
        document, found_sections, found_claims, seconds, trace = result
        sections.extend(found_sections)
        claims.extend(found_claims)
        outcomes.append((document, len(found_sections), len(found_claims), seconds, trace))
    return write_partition(folder, number, sections, claims), outcomes


def _extract_one(item, language, cache, keep_text):
    """One worker's job: (the document read, or None when `item` was one; or a Skipped),
    its sections, its claims, the processor seconds spent on each and on its lineage
    Trace, and the Trace."""
    document = read_document(*item) if isinstance(item, tuple) else item
    if isinstance(document, Skipped):
        return document, (), (), (0.0, 0.0, 0.0), None
    store = ClaimCache(cache) if cache else None
    found, seconds = store.get(document, language) if store else None, (0.0, 0.0, 0.0)
    if found is None:
        start = time.process_time()
        sections = split_sections(document, language=language)
        middle = time.process_time()
        claims = claims_in_document(document, sections)
        end = time.process_time()
        found = (sections, claims, trace_sections(document, sections))
        seconds = (middle - start, end - middle, time.process_time() - end)
        if store:
            store.put(document, language, found)
    if not isinstance(item, tuple):
        document = None  # the caller has it
    elif not keep_text:
        document = attrs.evolve(document, text="", source=None)
    return document, found[0], found[1], seconds, found[2]
