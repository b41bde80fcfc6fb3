// The customer page's orders panel: one row per order, statuses swapped in place and announced.
import { api, day, el, money, replaceChildren, statusBadge, STATUS_LABELS } from "/assets/common.js";
import { state, ui } from "/assets/page.js";

function orderRow(order) {
  return el(
    "li",
    { class: "order", dataset: { orderId: String(order.order_id) } },
    el("span", { class: "item", text: order.item }),
    el("span", { class: "price", text: money(order.price, order.currency) }),
    el("span", { class: "muted", text: `Order #${order.order_id} · ${day(order.order_date)}` }),
    statusBadge(order.status),
  );
}

/** Show the orders; changed statuses are swapped in place and announced.
 *  True when a status changed since the last time (not on the first showing). */
export function renderOrders(orders) {
  const first = state.statuses.size === 0;
  const seen = new Set();
  let changed = false;
  for (const order of orders) {
    const id = String(order.order_id);
    seen.add(id);
    const row = ui.orders.querySelector(`li[data-order-id="${CSS.escape(id)}"]`);
    if (!row) {
      ui.orders.append(orderRow(order));
    } else if (state.statuses.get(id) !== order.status) {
      row.querySelector(".status").replaceWith(statusBadge(order.status));
      changed = true;
      ui.ordersLive.textContent =
        `Order #${id}, ${order.item}: ${STATUS_LABELS[order.status] || order.status}.`;
    }
    state.statuses.set(id, order.status);
  }
  for (const row of [...ui.orders.children]) {
    if (!seen.has(row.dataset.orderId)) {
      state.statuses.delete(row.dataset.orderId);
      row.remove();
    }
  }
  if (orders.length === 0) replaceChildren(ui.orders, el("li", { class: "muted", text: "No orders yet." }));
  return changed && !first;
}

/** Fetch the customer's orders and show them; true when a status changed. */
export async function refreshOrders() {
  const orders = await api("/api/orders");
  ui.ordersError.textContent = "";
  return renderOrders(orders);
}
