/**
 * A queued automated decision. `args` are the tool arguments exactly as the model produced
 * them, still carrying placeholders, so no personal data is stored.
 */
export interface ReviewItem {
  id: string;
  tenant: string;
  request_id: string;
  rule: string;
  clause?: string;
  provider: string;
  model?: string;
  tool: string;
  args: string;
  created_at: string;
  status: 'pending' | 'approved' | 'rejected';
  decided_by?: string;
  decided_at?: string;
  note?: string;
}

export interface ReviewSink {
  create(item: ReviewItem): Promise<void>;
}
