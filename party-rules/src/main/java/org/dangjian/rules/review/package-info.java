/**
 * The review step of an audit (审核), as a library: a baseline (the previous report: NEW,
 * PERSISTING, RESOLVED), waivers (approved exceptions), masking of personal names, and
 * {@link org.dangjian.rules.review.AuditPipeline}, which runs them in order after the engine.
 * {@code party-audit audit} calls exactly this; an embedding system calls the same.
 */
package org.dangjian.rules.review;
