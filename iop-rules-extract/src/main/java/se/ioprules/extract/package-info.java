/**
 * Reading an agreement (.docx, .pdf, .txt, .md) and suggesting partnership facts, each with the quoted words that
 * support it, for a person to confirm: {@link se.ioprules.extract.Extractor}. Nothing in the API or the engine depends
 * on this package.
 */
package se.ioprules.extract;
