"""Rules that would match everywhere, collide or swamp the guard are refused with file, line and rule id:
duplicate ids, empty-matching patterns, words that normalise to nothing, oversized files, FIFOs."""

from __future__ import annotations

import os
import pickle
import threading
import tomllib
from pathlib import Path

import pytest

from guard.engine import Engine
from guard.errors import RulesError
from guard.policy import limits, load_policy
from guard.policy import source as source_mod
from guard.policy.reload import PolicyWatcher
from guard.settings import Settings


def write(tmp_path: Path, text: str, name: str = "admin.toml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def refused(path: Path, *more: Path) -> RulesError:
    with pytest.raises(RulesError) as err:
        load_policy(path, *more)
    return err.value


def test_a_duplicate_id_in_one_file_names_the_second_entry(tmp_path: Path) -> None:
    path = write(tmp_path, '[[rules]]\nid = "county.a"\nkeywords = ["甲"]\n\n[[rules]]\nid = "county.a"\n'
                           'keywords = ["乙"]\n')
    err = refused(path)
    assert (err.path, err.line, err.rule) == (str(path), 6, "county.a") and "duplicate id" in str(err)


def test_a_rule_and_an_allow_entry_may_not_share_an_id(tmp_path: Path) -> None:
    path = write(tmp_path, '[[rules]]\nid = "county.a"\nkeywords = ["甲"]\n\n[[allow]]\nid = "county.a"\n'
                           'phrases = ["乙"]\n')
    err = refused(path)
    assert (err.line, err.rule) == (6, "county.a") and "duplicate id" in str(err)


def test_an_admin_entry_with_a_default_id_must_say_it_overrides(tmp_path: Path) -> None:
    text = '# county\n[[rules]]\nid = "secrecy.terms"\nkeywords = ["某某工程"]\n'
    err = refused(write(tmp_path, text))
    assert (err.line, err.rule) == (3, "secrecy.terms")
    assert "default.toml:" in str(err) and "override = true" in str(err)
    policy = load_policy(write(tmp_path, text + "override = true\n", "ok.toml"))
    rule = next(r for r in policy.rules if r.id == "secrecy.terms")
    assert rule.keywords == ["某某工程"]  # the admin's replaces the default's
    assert Engine(policy).scan_text("关于某某工程").verdict == "confirm"


def test_naming_the_id_in_disable_also_replaces_it(tmp_path: Path) -> None:
    path = write(tmp_path, 'disable = ["secrecy.terms"]\n[[rules]]\nid = "secrecy.terms"\nkeywords = ["某某工程"]\n')
    assert [r.keywords for r in load_policy(path).rules if r.id == "secrecy.terms"] == [["某某工程"]]


def test_a_later_admin_file_repeating_an_earlier_ones_id_is_refused_and_names_both(tmp_path: Path) -> None:
    first = write(tmp_path, '[[allow]]\nid = "county.ok"\nphrases = ["培训"]\n', "a.toml")
    second = write(tmp_path, '\n[[allow]]\nid = "county.ok"\nphrases = ["演练"]\n', "b.toml")
    err = refused(first, second)
    assert (err.path, err.line, err.rule) == (str(second), 3, "county.ok") and f"{first}:2" in str(err)
    again = write(tmp_path, '\n[[allow]]\nid = "county.ok"\noverride = true\nphrases = ["演练"]\n', "c.toml")
    assert [a.phrases for a in load_policy(first, again).allow if a.id == "county.ok"] == [["演练"]]


def test_override_must_be_a_bool(tmp_path: Path) -> None:
    err = refused(write(tmp_path, '[[rules]]\nid = "county.a"\noverride = "yes"\nkeywords = ["甲"]\n'))
    assert err.rule == "county.a" and "override" in str(err)


@pytest.mark.parametrize("pattern", ["x*", "(?:)", "a?", "\\\\b", "^", "(?m)^$", "甲|", "(?:机密)*"])
def test_a_pattern_that_matches_the_empty_string_is_refused(tmp_path: Path, pattern: str) -> None:
    err = refused(write(tmp_path, f'\n[[rules]]\nid = "county.p"\npatterns = ["{pattern}"]\n'))
    assert (err.line, err.rule) == (3, "county.p") and "empty string" in str(err)


def test_an_allow_pattern_that_matches_the_empty_string_is_refused(tmp_path: Path) -> None:
    # as a document-scope allow entry it would have cleared every finding of every text
    err = refused(write(tmp_path, '[[allow]]\nid = "county.x"\npatterns = ["z*"]\nscope = "document"\n'))
    assert err.rule == "county.x" and "empty string" in str(err)


def test_patterns_that_need_a_character_still_load(tmp_path: Path) -> None:
    path = write(tmp_path, '[[rules]]\nid = "county.p"\npatterns = ["x+", "项目代号\\\\d{3}", "(?m)^甲$"]\n')
    assert Engine(load_policy(path)).scan_text("项目代号123").verdict == "confirm"


@pytest.mark.parametrize(("key", "word"), [("keywords", "\\u200b"), ("keywords", "\\u200b\\u2060"),
                                           ("keywords", " \\u3000 "), ("allow", "\\ufeff")])
def test_a_rule_word_empty_after_normalisation_is_refused(tmp_path: Path, key: str, word: str) -> None:
    extra = 'keywords = ["甲"]\n' if key == "allow" else ""
    err = refused(write(tmp_path, f'[[rules]]\nid = "county.z"\n{extra}{key} = ["{word}"]\n'))
    assert (err.line, err.rule) == (2, "county.z")
    assert "empty once normalised" in str(err) or "non-empty" in str(err)


def test_an_allow_phrase_empty_after_normalisation_is_refused(tmp_path: Path) -> None:
    err = refused(write(tmp_path, '[[allow]]\nid = "county.z"\nphrases = ["\\u200d"]\n'))
    assert err.rule == "county.z" and "empty once normalised" in str(err)


@pytest.mark.parametrize("value", ['["\\u200b"]', '[""]', "[1]"])
def test_a_recognizer_word_list_with_an_empty_or_odd_word_is_refused(tmp_path: Path, value: str) -> None:
    err = refused(write(tmp_path, f'\n[recognizers."internal.marker"]\nmarkers = {value}\n'))
    assert err.line == 2 and "markers" in str(err)


def test_a_zero_width_keyword_at_start_leaves_a_running_guard_on_the_defaults(tmp_path: Path) -> None:
    bad = write(tmp_path, '[[rules]]\nid = "county.z"\nkeywords = ["\\u200b"]\n')
    watcher = PolicyWatcher(Settings(rules_files=(str(bad),)))
    assert watcher.error and str(bad) in watcher.error and "county.z" in watcher.error
    assert watcher.engine.scan_text("机密★1年\n正文\n").verdict == "block"


def test_an_oversized_file_is_refused_from_its_size(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    big = tmp_path / "dump.toml"
    with big.open("wb") as fh:  # sparse: 50 MB without writing them
        fh.truncate(50 * 1024 * 1024)
    parsed: list[int] = []
    real = tomllib.loads
    monkeypatch.setattr(source_mod.tomllib, "loads", lambda text: parsed.append(len(text)) or real(text))
    err = refused(big)
    assert err.path == str(big) and "too large" in str(err) and "8.00 MB" in str(err)
    assert len(parsed) == 1 and parsed[0] < 100_000  # only the defaults were parsed


def test_too_many_entries_are_counted_before_the_parse(tmp_path: Path) -> None:
    text = "".join(f'[[rules]]\nid = "c.{i}"\nkeywords = ["词{i}"]\n' for i in range(limits.MAX_ENTRIES + 1))
    err = refused(write(tmp_path, text))
    assert "too many [[rules]] and [[allow]] entries" in str(err) and str(limits.MAX_ENTRIES) in str(err)


def test_too_many_keywords_over_all_files_are_refused(tmp_path: Path) -> None:
    half = limits.MAX_WORDS // 2 + 1

    def words(rid: str, head: str) -> str:
        return f'[[rules]]\nid = "{rid}"\nkeywords = [' + ",".join(f'"{head}{i}"' for i in range(half)) + "]\n"

    a, b = write(tmp_path, words("c.a", "甲"), "a.toml"), write(tmp_path, words("c.b", "乙"), "b.toml")
    load_policy(a)  # each alone is within the limit
    err = refused(a, b)
    assert err.path == str(b) and "too many keywords" in str(err)


def test_too_many_patterns_and_too_long_words_are_refused(tmp_path: Path) -> None:
    many = ",".join(f'"甲{i}+"' for i in range(limits.MAX_PATTERNS + 1))
    assert "too many patterns" in str(refused(write(tmp_path, f'[[rules]]\nid = "c.p"\npatterns = [{many}]\n')))
    long = "长" * (limits.MAX_WORD_CHARS + 1)
    err = refused(write(tmp_path, f'[[rules]]\nid = "c.l"\nkeywords = ["{long}"]\n', "long.toml"))
    assert err.rule == "c.l" and "characters long" in str(err)


def test_a_fifo_as_rules_file_is_refused_without_blocking(tmp_path: Path) -> None:
    fifo = tmp_path / "rules.toml"
    os.mkfifo(fifo)
    outcome: list[BaseException] = []
    worker = threading.Thread(target=lambda: outcome.append(refused(fifo)), daemon=True)
    worker.start()
    worker.join(30)
    if worker.is_alive():  # unblock the reader so the test process can end, then fail
        os.close(os.open(fifo, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("loading a FIFO as a rules file blocked")
    assert "not a regular file" in str(outcome[0])


def test_the_watcher_parses_each_file_once_per_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    county = write(tmp_path, '[meta]\nversion = "1"\n[[rules]]\nid = "county.a"\nkeywords = ["甲工程"]\n',
                   "county.toml")
    parsed: list[str] = []
    real = tomllib.loads
    monkeypatch.setattr(tomllib, "loads", lambda text: parsed.append(text) or real(text))
    watcher = PolicyWatcher(Settings(rules_files=(str(county),)), settle_seconds=0)
    assert len(parsed) == 2 and watcher.version_label.endswith("county.toml 1")  # the defaults and county.toml
    county.write_text('[meta]\nversion = "2"\n[[rules]]\nid = "county.a"\nkeywords = ["乙工程"]\n', encoding="utf-8")
    st = county.stat()
    os.utime(county, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert watcher.check() is True and len(parsed) == 4 and watcher.version_label.endswith("county.toml 2")
    assert watcher.engine.policy is watcher.policy and watcher.engine.scan_text("乙工程").verdict == "confirm"


def test_a_policy_travels_to_another_process_and_its_digest_follows_the_content(tmp_path: Path) -> None:
    path = write(tmp_path, '[[rules]]\nid = "county.p"\npatterns = ["项目代号[a-z]{2}"]\n')
    policy = load_policy(path)
    copy = pickle.loads(pickle.dumps(policy))
    assert Engine(copy).scan_text("项目代号AB").verdict == "confirm" and copy.digest == policy.digest
    assert load_policy(path).digest == policy.digest
    path.write_text('[[rules]]\nid = "county.p"\npatterns = ["项目代号[a-z]{3}"]\n', encoding="utf-8")
    assert load_policy(path).digest != policy.digest


def test_a_bad_policy_table_is_blamed_on_its_own_file(tmp_path: Path) -> None:
    bad = write(tmp_path, "[policy]\nexcerpt_context = 500\n", "bad.toml")
    good = write(tmp_path, '[[rules]]\nid = "county.a"\nkeywords = ["甲工程"]\n', "good.toml")
    assert refused(bad, good).path == str(bad)
    watcher = PolicyWatcher(Settings(rules_files=(str(bad), str(good))))
    assert watcher.error and str(bad) in watcher.error
    assert watcher.engine.scan_text("甲工程").verdict == "confirm"  # the good file still applies


def test_a_rules_path_with_a_nul_leaves_a_running_guard(tmp_path: Path) -> None:
    watcher = PolicyWatcher(Settings(rules_files=(str(tmp_path / "a\0b.toml"),)), settle_seconds=0)
    assert watcher.error and "cannot read" in watcher.error and watcher.check() is False
    assert watcher.engine.scan_text("机密★1年\n正文\n").verdict == "block"


def test_a_rule_that_matches_everywhere_stops_at_the_findings_cap(tmp_path: Path) -> None:
    from guard.detect.keywords import MAX_FINDINGS_PER_RULE

    path = write(tmp_path, '[[rules]]\nid = "c.dot"\npatterns = ["."]\nseverity = "notice"\n\n'
                           '[[rules]]\nid = "c.de"\nkeywords = ["的"]\nseverity = "notice"\n')
    result = Engine(load_policy(path)).scan_text("我的文件的内容" * 20_000)
    assert result.verdict == "notice"
    for rule in ("c.dot", "c.de"):
        assert len([f for f in result.findings if f.rule == rule]) == MAX_FINDINGS_PER_RULE


def test_min_count_still_counts_distinct_texts_past_the_cap(tmp_path: Path) -> None:
    path = write(tmp_path, '[[rules]]\nid = "c.names"\nkeywords = ["甲项目", "乙项目", "丙项目"]\nmin_count = 3\n\n'
                           '[[rules]]\nid = "c.codes"\npatterns = ["代号[a-z]"]\nmin_count = 2\n')
    engine = Engine(load_policy(path))
    assert engine.scan_text("甲项目 " * 5000 + "乙项目 丙项目").verdict == "confirm"
    assert engine.scan_text("代号a " * 5000 + "代号b").verdict == "confirm"
    assert engine.scan_text("甲项目 " * 5000 + "乙项目").verdict == "allow"


def test_min_count_is_bounded(tmp_path: Path) -> None:
    err = refused(write(tmp_path, '[[rules]]\nid = "c.m"\nkeywords = ["甲"]\nmin_count = 1001\n'))
    assert err.rule == "c.m" and "min_count" in str(err)


def test_an_allow_entry_that_occurs_everywhere_never_lowers_more_than_before(tmp_path: Path) -> None:
    # span scope: findings past the allow entry's span cap keep their severity (stricter, never laxer)
    path = write(tmp_path, '[[rules]]\nid = "c.a"\nkeywords = ["甲工程"]\nseverity = "block"\n\n'
                           '[[allow]]\nid = "c.ok"\nphrases = ["的"]\nscope = "line"\n')
    engine = Engine(load_policy(path))
    assert engine.scan_text("甲工程的安排").verdict == "allow"
    assert engine.scan_text("的\n" * 20_000 + "甲工程的安排").verdict == "block"
