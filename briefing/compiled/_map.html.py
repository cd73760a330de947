from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
name = '_map.html'

def root(context, missing=missing, environment=environment):
    resolve = context.resolve_or_missing
    undefined = environment.undefined
    concat = environment.concat
    cond_expr_undefined = Undefined
    if 0: yield None
    l_0_place_map = missing
    try:
        t_1 = environment.filters['length']
    except KeyError:
        @internalcode
        def t_1(*unused):
            raise TemplateRuntimeError("No filter named 'length' found.")
    try:
        t_2 = environment.filters['t']
    except KeyError:
        @internalcode
        def t_2(*unused):
            raise TemplateRuntimeError("No filter named 't' found.")
    pass
    def macro(l_1_m, l_1_heading, l_1_show_title, l_1_link_all):
        t_3 = []
        l_1__ = resolve('_')
        l_1_attribution = resolve('attribution')
        l_1_url = resolve('url')
        l_1_routes = resolve('routes')
        if l_1_m is missing:
            l_1_m = undefined("parameter 'm' was not provided", name='m')
        if l_1_heading is missing:
            l_1_heading = 'h2'
        if l_1_show_title is missing:
            l_1_show_title = True
        if l_1_link_all is missing:
            l_1_link_all = False
        pass
        t_3.extend((
            '<figure class="place-map" id="',
            escape(environment.getattr(l_1_m, 'id')),
            '">\n',
        ))
        if l_1_show_title:
            pass
            t_3.extend((
                '<',
                escape(l_1_heading),
                ' class="place-map-title">',
                escape(t_2(environment.getattr(l_1_m, 'title'))),
                '</',
                escape(l_1_heading),
                '>',
            ))
        for l_2_d in environment.getattr(l_1_m, 'drawings'):
            l_2_ngettext = resolve('ngettext')
            _loop_vars = {}
            pass
            t_3.extend((
                '  <svg class="map-svg map-svg--',
                escape(environment.getattr(l_2_d, 'name')),
                '" viewBox="0 0 ',
                escape(environment.getattr(l_2_d, 'width')),
                ' ',
                escape(environment.getattr(l_2_d, 'height')),
                '" width="',
                escape(environment.getattr(l_2_d, 'width')),
                '" height="',
                escape(environment.getattr(l_2_d, 'height')),
                '" style="font-size: ',
                escape(environment.getattr(l_2_d, 'font')),
                'px">\n    <title>',
                escape(context.call((undefined(name='ngettext') if l_2_ngettext is missing else l_2_ngettext), '%(title)s: a map of %(num)d place, each a link to its page', '%(title)s: a map of %(num)d places, each a link to its page', t_1(environment.getattr(l_1_m, 'places')), title=t_2(environment.getattr(l_1_m, 'title')), _loop_vars=_loop_vars)),
                '</title>\n    <rect class="map-sea" x="0" y="0" width="',
                escape(environment.getattr(l_2_d, 'width')),
                '" height="',
                escape(environment.getattr(l_2_d, 'height')),
                '"/>\n    <path class="map-land" d="',
                escape(environment.getattr(l_2_d, 'land')),
                '"/>\n',
            ))
            for l_3_pin in environment.getattr(l_2_d, 'pins'):
                _loop_vars = {}
                pass
                t_3.extend((
                    '    <a href="',
                    escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr(l_3_pin, 'entity'), _loop_vars=_loop_vars)),
                    '" class="map-pin',
                    escape((' map-pin--focus' if (environment.getattr(environment.getattr(l_3_pin, 'entity'), 'id') == environment.getattr(l_1_m, 'focus')) else cond_expr_undefined("the inline if-expression on line 11 in '_map.html' evaluated to false and no else section was defined."))),
                    '"',
                ))
                if (not environment.getattr(l_3_pin, 'label')):
                    pass
                    t_3.extend((
                        ' aria-label="',
                        escape(environment.getattr(environment.getattr(l_3_pin, 'entity'), 'name')),
                        '"',
                    ))
                t_3.extend((
                    '>\n      <circle cx="',
                    escape(environment.getattr(l_3_pin, 'x')),
                    '" cy="',
                    escape(environment.getattr(l_3_pin, 'y')),
                    '" r="',
                    escape((6 if (environment.getattr(environment.getattr(l_3_pin, 'entity'), 'id') == environment.getattr(l_1_m, 'focus')) else 4.5)),
                    '"/>\n',
                ))
                if environment.getattr(l_3_pin, 'label'):
                    pass
                    t_3.extend((
                        '<text x="',
                        escape(environment.getattr(l_3_pin, 'label_x')),
                        '" y="',
                        escape(environment.getattr(l_3_pin, 'label_y')),
                        '" text-anchor="',
                        escape(environment.getattr(l_3_pin, 'anchor')),
                        '">',
                        escape(environment.getattr(l_3_pin, 'label')),
                        '</text>',
                    ))
                t_3.append(
                    '    </a>\n',
                )
            l_3_pin = missing
            t_3.append(
                '  </svg>\n',
            )
        l_2_d = l_2_ngettext = missing
        t_3.extend((
            '  <figcaption class="chart-caption">',
            escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), "%(attribution)s; places are the editors' coordinates.", attribution=t_2((undefined(name='attribution') if l_1_attribution is missing else l_1_attribution)))),
        ))
        if l_1_link_all:
            pass
            t_3.extend((
                ' <a href="',
                escape(context.call((undefined(name='url') if l_1_url is missing else l_1_url), environment.getattr((undefined(name='routes') if l_1_routes is missing else l_1_routes), 'MAP'))),
                '">',
                escape(context.call((undefined(name='_') if l_1__ is missing else l_1__), 'The map of every place')),
                '</a>.',
            ))
        t_3.append(
            '</figcaption>\n</figure>',
        )
        return concat(t_3)
    context.exported_vars.add('place_map')
    context.vars['place_map'] = l_0_place_map = Macro(environment, macro, 'place_map', ('m', 'heading', 'show_title', 'link_all'), False, False, False, context.eval_ctx.autoescape)

blocks = {}
debug_info = '2=24&3=41&4=44&5=55&6=61&7=73&8=75&9=79&10=82&11=87&12=101&13=108&18=131'
# briefing precompiled template 5ae2c95eddf6986e54989770e44f0cb82921b782f9465e8973692ed49a308022
