/**
 * The merchant's products: the list ({@code products/index.xhtml}, {@link ProductsPage}), the edit form with
 * pictures ({@code products/edit.xhtml}, {@link ProductEditPage}) and the CSV import and export
 * ({@code products/import.xhtml}, {@link ProductImportPage}; {@link ProductsCsvServlet}). Every call goes to
 * {@code ProductManagement}, which works on the signed-in merchant's own products only.
 */
package shop.agora.web.merchant.products;
