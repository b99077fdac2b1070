"""The small files of an OmegaT 3.x project: `omegat.project` and `omegat/filters.xml`.

`filters.xml` pins the filter options the export counts on, so that a translator's
own OmegaT settings cannot change how the project's files are cut into segments:

- text files (`*.txt`, which we write one paragraph per line): a segment per line;
- Word files: OmegaT's defaults, written out (tabs and line breaks end an entry,
  adjacent tags merged into one, spaces kept);
- leading and trailing tags and spaces left out of segments (OmegaT's defaults).

OmegaT adds every filter this file does not list with its default settings.
"""

from __future__ import annotations

from xml.sax.saxutils import escape, quoteattr

from workbench.export.base import primary

# OmegaT's Lucene tokenizers by language: they drive its fuzzy matching and glossary lookups.
TOKENIZERS = {
    "ar": "LuceneArabicTokenizer",
    "bg": "LuceneBulgarianTokenizer",
    "ca": "LuceneCatalanTokenizer",
    "cs": "LuceneCzechTokenizer",
    "da": "LuceneDanishTokenizer",
    "de": "LuceneGermanTokenizer",
    "el": "LuceneGreekTokenizer",
    "en": "LuceneEnglishTokenizer",
    "es": "LuceneSpanishTokenizer",
    "eu": "LuceneBasqueTokenizer",
    "fa": "LucenePersianTokenizer",
    "fi": "LuceneFinnishTokenizer",
    "fr": "LuceneFrenchTokenizer",
    "ga": "LuceneIrishTokenizer",
    "gl": "LuceneGalicianTokenizer",
    "hi": "LuceneHindiTokenizer",
    "hu": "LuceneHungarianTokenizer",
    "hy": "LuceneArmenianTokenizer",
    "id": "LuceneIndonesianTokenizer",
    "it": "LuceneItalianTokenizer",
    "ja": "LuceneJapaneseTokenizer",
    "lv": "LuceneLatvianTokenizer",
    "nl": "LuceneDutchTokenizer",
    "no": "LuceneNorwegianTokenizer",
    "pt": "LucenePortugueseTokenizer",
    "ro": "LuceneRomanianTokenizer",
    "ru": "LuceneRussianTokenizer",
    "sv": "LuceneSwedishTokenizer",
    "th": "LuceneThaiTokenizer",
    "tr": "LuceneTurkishTokenizer",
    "zh": "LuceneSmartChineseTokenizer",
}


def tokenizer(lang: str) -> str:
    return "org.omegat.tokenizer." + TOKENIZERS.get(primary(lang), "DefaultTokenizer")


def project_file(src_lang: str, tgt_lang: str, *, sentences: bool = True) -> str:
    """`omegat.project` (OmegaT 3.x): default folders, the languages, sentence segmentation on."""
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <source_dir_excludes>
            <mask>**/.svn/**</mask>
            <mask>**/CVS/**</mask>
            <mask>**/.cvs/**</mask>
            <mask>**/desktop.ini</mask>
            <mask>**/Thumbs.db</mask>
            <mask>**/.DS_Store</mask>
        </source_dir_excludes>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>{escape(src_lang)}</source_lang>
        <target_lang>{escape(tgt_lang)}</target_lang>
        <source_tok>{tokenizer(src_lang)}</source_tok>
        <target_tok>{tokenizer(tgt_lang)}</target_tok>
        <sentence_seg>{"true" if sentences else "false"}</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
"""


# The Word filter's options as OmegaT 3.6 ships them; `omegat_docx` reads a .docx the same way.
WORD_OPTIONS = {
    "breakOnBr": "true",
    "aggregateTags": "true",
    "preserveSpaces": "true",
    "translateHiddenText": "false",
    "translateFallbackText": "false",
}


def filters_file(text_mask: str = "*.txt") -> str:
    """`omegat/filters.xml`: a segment per line of our text files, the Word filter as we read it."""
    word = "\n".join(f'        <option name="{k}" value="{v}"/>' for k, v in WORD_OPTIONS.items())
    return f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<filters removeTags="true" removeSpacesNonseg="true" preserveSpaces="false" ignoreFileContext="false">
    <filter className="org.omegat.filters2.text.TextFilter" enabled="true">
        <files sourceFilenameMask={quoteattr(text_mask)} targetFilenamePattern="${{filename}}"
               sourceEncoding="UTF-8" targetEncoding="UTF-8"/>
        <option name="segmentOn" value="BREAKS"/>
    </filter>
    <filter className="org.omegat.filters3.xml.openxml.OpenXMLFilter" enabled="true">
        <files sourceFilenameMask="*.docx" targetFilenamePattern="${{filename}}"/>
{word}
    </filter>
</filters>
"""
