import { z } from 'zod';
import { activityCategoryIds } from '../../../../src/domain/activities/activity';

/** One term of another vocabulary and the Living Well category it means (null: none yet). */
export const taxonomyMappingSchema = z.object({
  vocabulary: z.string(),
  code: z.string(),
  label: z.string().optional(),
  category: z.enum(activityCategoryIds).nullable(),
});
export type TaxonomyMapping = z.infer<typeof taxonomyMappingSchema>;

/** A term seen in imported listings that no mapping covers, and how many listings use it. */
export const unmappedTermSchema = z.object({
  vocabulary: z.string(),
  code: z.string(),
  label: z.string().optional(),
  listings: z.number(),
});
export type UnmappedTerm = z.infer<typeof unmappedTermSchema>;

/** `GET|PUT taxonomy-mappings`. */
export const taxonomyMappingsSchema = z.object({
  mappings: z.array(taxonomyMappingSchema),
  unmapped: z.array(unmappedTermSchema).default([]),
});
export type TaxonomyMappings = z.infer<typeof taxonomyMappingsSchema>;
