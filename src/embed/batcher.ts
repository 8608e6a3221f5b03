/**
 * Gathers items submitted while a batch is running (or within the same turn of the event
 * loop) into the next batch. Questions that arrive together are then embedded in one
 * inference instead of queueing one by one behind each other.
 */
export class MicroBatcher<In, Out> {
  #pending: Array<{ input: In; resolve: (out: Out) => void; reject: (error: unknown) => void }> = [];
  #draining = false;

  constructor(
    private readonly run: (inputs: readonly In[]) => Promise<readonly Out[]>,
    private readonly maxBatch: number,
  ) {}

  submit(input: In): Promise<Out> {
    return new Promise<Out>((resolve, reject) => {
      this.#pending.push({ input, resolve, reject });
      if (!this.#draining) {
        this.#draining = true;
        setImmediate(() => void this.#drain());
      }
    });
  }

  async #drain(): Promise<void> {
    while (this.#pending.length > 0) {
      const batch = this.#pending.splice(0, this.maxBatch);
      try {
        const outputs = await this.run(batch.map((item) => item.input));
        batch.forEach((item, i) => item.resolve(outputs[i] as Out));
      } catch (error) {
        for (const item of batch) item.reject(error);
      }
    }
    this.#draining = false;
  }
}
