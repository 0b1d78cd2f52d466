/**
 * What a change of rules or thresholds would do (规则调整影响分析): {@link org.dangjian.rules.impact.Impact}
 * audits a dataset with a pack as it is and as it would be, sharing one reading of the dataset and
 * the facts the change does not touch, and {@link org.dangjian.rules.impact.ImpactReport} tells which
 * findings would appear and disappear, per rule, per severity and per organization; it is written as
 * text, JSON or an HTML page ({@link org.dangjian.rules.impact.ImpactFormat}).
 */
package org.dangjian.rules.impact;
