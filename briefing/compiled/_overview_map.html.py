from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_overview_map.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_overview_map = resolve('overview_map')
    l_0__ = resolve('_')
    l_0_place_map = missing
    pass
    included_template = environment.get_template('_map.html', '_overview_map.html')._get_default_module(context)
    l_0_place_map = getattr(included_template, 'place_map', missing)
    if l_0_place_map is missing:
        l_0_place_map = undefined(f"the template {included_template.__name__!r} (imported on line 2 in '_overview_map.html') does not export the requested name 'place_map'", name='place_map')
    context.vars['place_map'] = l_0_place_map
    context.exported_vars.discard('place_map')
    if (undefined(name='overview_map') if l_0_overview_map is missing else l_0_overview_map):
        pass
        yield '<section aria-labelledby="map-heading">\n  <h2 id="map-heading">'
        yield escape(context.call((undefined(name='_') if l_0__ is missing else l_0__), 'Where it happens'))
        yield '</h2>\n  '
        yield escape(context.call((undefined(name='place_map') if l_0_place_map is missing else l_0_place_map), (undefined(name='overview_map') if l_0_overview_map is missing else l_0_overview_map), show_title=False, link_all=True))
        yield '\n</section>\n'

blocks = {}
debug_info = '2=14&3=20&5=23&6=25'
# briefing precompiled template ee9884091ded79b0dab853b4b6518234bcb043f8c4f991887efdb7a42d8ef290
