/** A collection whose items are looked up by a key (a name or an id), loudly or as a null object. */
import { ClientCollection, itemOf, type ClientObject } from "./clientObject";

export abstract class KeyedCollection<P extends ClientObject, T> extends ClientCollection<P, T> {
  /** The item model under `key`, found when the item is first used; null or undefined when none. */
  protected abstract find(key: string): T | null | undefined;

  getItem(key: string): P {
    return itemOf(this, () => this.find(key));
  }

  getItemOrNullObject(key: string): P {
    return itemOf(this, () => this.find(key), true);
  }
}
