/**
 * The engine's internals: pack loading, safety and compiling, the registry of catalog areas
 * ({@code BuiltInAreas}: the built-in pack's composition and the fact derivers, which sit in the
 * areas' packages under {@code org.dangjian.rules.vocabulary}), the derivation, sessions (batch,
 * live, partitioned) and held facts.
 *
 * <p><b>This package promises nothing.</b> Its types are public only so that the API package and
 * the library packages beside it can call them; any of them may change or go in any release.
 * Systems that embed party-rules must not use them (an ArchUnit test keeps them out of every public
 * signature of the other packages), and its Javadoc is not published.
 */
package org.dangjian.rules.internal;
